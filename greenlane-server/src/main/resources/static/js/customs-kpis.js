// Draws the green-channel KPI charts from the data attributes the page renders (no inline script: CSP).
document.addEventListener('DOMContentLoaded', function () {
    var rates = document.getElementById('kpi-rates');
    var release = document.getElementById('kpi-release');
    if (!rates || !release || typeof echarts === 'undefined') {
        return;
    }
    var series = JSON.parse(rates.dataset.series);
    var labels = rates.dataset.labels.split('|');
    function percent(values) {
        return values.map(function (v) { return v === null ? null : Math.round(v * 1000) / 10; });
    }
    var ratesChart = echarts.init(rates);
    ratesChart.setOption({
        aria: {enabled: true},
        tooltip: {trigger: 'axis', valueFormatter: function (v) { return v === null ? '—' : v + ' %'; }},
        legend: {top: 0},
        grid: {left: 48, right: 16, top: 40, bottom: 32},
        xAxis: {type: 'category', data: series.days},
        yAxis: {type: 'value', axisLabel: {formatter: '{value} %'}},
        series: [
            {name: labels[0], type: 'line', data: percent(series.inspectionRate), connectNulls: true},
            {name: labels[1], type: 'line', data: percent(series.hitRate), connectNulls: true},
            {name: labels[2], type: 'line', data: percent(series.greenShare), connectNulls: true}
        ]
    });
    var releaseChart = echarts.init(release);
    releaseChart.setOption({
        aria: {enabled: true},
        tooltip: {trigger: 'axis', valueFormatter: function (v) { return v === null ? '—' : v.toFixed(1) + ' h'; }},
        legend: {top: 0},
        grid: {left: 48, right: 16, top: 40, bottom: 32},
        xAxis: {type: 'category', data: series.days},
        yAxis: {type: 'value', axisLabel: {formatter: '{value} h'}},
        series: [{name: labels[3], type: 'bar', data: series.medianReleaseHours}]
    });
    window.addEventListener('resize', function () {
        ratesChart.resize();
        releaseChart.resize();
    });
});
