// Draws the CBAM cost projections: one line per price scenario over 2026-2034. The data sit in the
// element's data-projection attribute (the CSP allows no inline scripts); the table beside each chart
// carries the same figures for screen readers and keyboard users.
document.addEventListener('DOMContentLoaded', function () {
    if (typeof echarts === 'undefined') {
        return;
    }
    document.querySelectorAll('[data-projection]').forEach(function (element) {
        var data = JSON.parse(element.getAttribute('data-projection'));
        var chart = echarts.init(element, null, {renderer: 'svg'});
        chart.setOption({
            aria: {enabled: true},
            tooltip: {trigger: 'axis'},
            legend: {top: 0},
            grid: {left: 80, right: 20, top: 40, bottom: 40},
            xAxis: {type: 'category', name: data.xAxis, nameLocation: 'middle', nameGap: 28, data: data.years.map(String)},
            yAxis: {type: 'value', name: data.yAxis},
            series: data.series.map(function (s) {
                return {name: s.name, type: 'line', data: s.data.map(Number)};
            })
        });
        window.addEventListener('resize', function () {
            chart.resize();
        });
    });
});
