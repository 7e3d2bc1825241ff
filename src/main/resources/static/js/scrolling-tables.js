// A table wider than the screen scrolls inside its frame: that frame is then reached by keyboard, named by the
// table's caption (RGAA 7.3, WCAG 2.1.1), and left alone when nothing scrolls.
(function () {
    function reachable(container) {
        var scrolls = container.scrollWidth > container.clientWidth;
        if (container.dataset.labelledByPage === undefined) {
            container.dataset.labelledByPage = container.hasAttribute('aria-label') ? 'true' : 'false';
        }
        if (container.dataset.labelledByPage === 'true') {
            return;
        }
        if (scrolls) {
            var caption = container.querySelector('caption');
            container.setAttribute('tabindex', '0');
            container.setAttribute('role', 'region');
            container.setAttribute('aria-label', caption ? caption.textContent.trim() : document.title);
        } else {
            container.removeAttribute('tabindex');
            container.removeAttribute('role');
            container.removeAttribute('aria-label');
        }
    }
    function all() {
        document.querySelectorAll('.fr-table__container').forEach(reachable);
    }
    document.addEventListener('DOMContentLoaded', all);
    window.addEventListener('resize', all);
    document.addEventListener('htmx:afterSettle', all);
})();
