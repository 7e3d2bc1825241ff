// Saves an answer of a dossier a moment after its author stops typing or ticks a fact, and keeps every answer form of
// the page on the dossier's latest version, so that the next save is not taken for someone else's change. Without
// this script, each form's button saves it.
document.querySelectorAll('form[data-autosave]').forEach(function (form) {
    var status = form.querySelector('[data-autosave-status]');
    var timer;
    function say(text) {
        status.textContent = text;
    }
    function save() {
        fetch(form.action, { method: 'POST', body: new FormData(form), headers: { 'X-Autosave': '1', 'Accept': 'application/json' } })
            .then(function (response) {
                if (response.ok) {
                    return response.json().then(function (saved) {
                        document.querySelectorAll('form[data-autosave] input[name=version]').forEach(function (input) {
                            input.value = saved.version;
                        });
                        say(form.dataset.saved + ' ' + new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' }));
                    });
                }
                return response.json().then(function (refused) {
                    say(refused.message);
                });
            })
            .catch(function () {
                say(form.dataset.offline);
            });
    }
    form.addEventListener('input', function () {
        clearTimeout(timer);
        say(form.dataset.pending);
        timer = setTimeout(save, 1500);
    });
});
