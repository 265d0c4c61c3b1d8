// Footprint charts (Apache ECharts). The page carries its data in <script type="application/json" id="chart-data">;
// every chart has a table with the same numbers next to it, so the charts add a view and hide nothing.
(function () {
    'use strict';

    var GREEN = ['#14684c', '#1a7f5c', '#4fa37f', '#86c5a8', '#1c4f8a', '#5a6662'];

    function readData() {
        var element = document.getElementById('chart-data');
        if (!element) {
            return null;
        }
        try {
            return JSON.parse(element.textContent);
        } catch (e) {
            return null;
        }
    }

    function chart(id) {
        var element = document.getElementById(id);
        if (!element) {
            return null;
        }
        var instance = echarts.init(element, null, {renderer: 'svg'});
        window.addEventListener('resize', function () {
            instance.resize();
        });
        return instance;
    }

    function kg(value) {
        return Number(value).toLocaleString(undefined, {maximumSignificantDigits: 4}) + ' kg CO2e';
    }

    function stages(data) {
        var c = chart('chart-stages');
        if (!c) {
            return;
        }
        c.setOption({
            aria: {enabled: true},
            color: GREEN,
            grid: {left: 170, right: 90, top: 10, bottom: 20},
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: kg},
            xAxis: {type: 'value'},
            yAxis: {type: 'category', inverse: true, data: data.stages.map(function (s) { return s.stage; })},
            series: [{type: 'bar', data: data.stages.map(function (s) { return s.kg; }),
                label: {show: true, position: 'right', formatter: function (p) { return kg(p.value); }}}]
        });
    }

    function sankey(data) {
        var c = chart('chart-sankey');
        if (!c || !data.links.length) {
            return;
        }
        c.setOption({
            aria: {enabled: true},
            color: GREEN,
            tooltip: {trigger: 'item', valueFormatter: kg},
            series: [{type: 'sankey', layoutIterations: 0, nodeAlign: 'right', emphasis: {focus: 'adjacency'},
                data: data.nodes, links: data.links, lineStyle: {color: 'source', opacity: 0.35},
                label: {fontSize: 11}}]
        });
    }

    function scenarios(data) {
        var c = chart('chart-scenarios');
        if (!c) {
            return;
        }
        c.setOption({
            aria: {enabled: true},
            color: ['#14684c', '#1c4f8a'],
            legend: {data: data.labels},
            grid: {left: 60, right: 20, top: 40, bottom: 60},
            tooltip: {trigger: 'axis', valueFormatter: kg},
            xAxis: {type: 'category', data: data.names, axisLabel: {interval: 0, width: 120, overflow: 'break'}},
            yAxis: {type: 'value'},
            series: [{name: data.labels[0], type: 'bar', data: data.location},
                {name: data.labels[1], type: 'bar', data: data.market}]
        });
    }

    function init() {
        var data = readData();
        if (!data || typeof echarts === 'undefined') {
            return;
        }
        if (data.kind === 'result') {
            stages(data);
            sankey(data);
        } else if (data.kind === 'scenarios') {
            scenarios(data);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
