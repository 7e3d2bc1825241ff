// Draws each indicator of the tableau de bord from the figures its element carries (those of its table): the measures
// as a line, the year's target as a dashed line. The table stays the accessible way to read it; the chart is hidden from assistive technologies.
document.querySelectorAll('figure[data-chart]').forEach(function (figure) {
    var labels = figure.dataset.months.split(',');
    var values = figure.dataset.values.split(',').map(Number);
    var targets = figure.dataset.targets.split(',').map(function (target) { return target === '' ? null : Number(target); });
    var canvas = figure.querySelector('canvas');
    if (!canvas || typeof Chart === 'undefined' || labels.length === 0) {
        return;
    }
    new Chart(canvas, {
        type: 'line',
        data: {
            labels: labels,
            datasets: [
                { label: figure.dataset.measureLabel, data: values, borderColor: '#000091', backgroundColor: '#000091', tension: 0.2 },
                { label: figure.dataset.targetLabel, data: targets, borderColor: '#ce0500', borderDash: [6, 4], pointRadius: 0, spanGaps: true }
            ]
        },
        options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } }
    });
});
