// The directory's map of France: a click on a région follows the link of that région in the list beside the map, which
// says the same to keyboards and screen readers. Listened to before the map's own zoom.
document.addEventListener('click', function (event) {
  var path = event.target.closest && event.target.closest('map-chart path');
  if (!path) {
    return;
  }
  var code = (path.getAttribute('class') || '').replace('FR-', '');
  var link = document.querySelector('#region-list a[data-map-code="' + CSS.escape(code) + '"]');
  if (link) {
    event.stopPropagation();
    event.preventDefault();
    window.location.assign(link.href);
  }
}, true);
