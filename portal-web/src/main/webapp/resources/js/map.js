/*
 * The catalogue's map: boundaries shipped with the portal (no tiles from elsewhere), the area units coloured by
 * their count of sheets, and the sheets' bodies as clustered markers. Everything it shows is also in the page's
 * tables, for readers without JavaScript or without sight of the map.
 */
(function () {
    'use strict';
    var box = document.getElementById('map');
    if (!box || !window.L || !window.topojson) {
        return;
    }
    var data = JSON.parse(box.getAttribute('data-map'));
    var t = data.text;
    var SHADES = ['#eef1f4', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

    function shadeOf(n) {
        if (!n || data.max <= 0) {
            return 0;
        }
        return Math.min(5, Math.ceil(n * 5 / data.max));
    }

    function el(tag, text, attrs) {
        var e = document.createElement(tag);
        if (text !== undefined && text !== null) {
            e.textContent = text;
        }
        Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
        return e;
    }

    function sheetsText(n) {
        return n === 1 ? t.oneSheet : t.sheets.replace('{0}', n.toLocaleString(document.documentElement.lang));
    }

    var world = data.view === 'world';
    // without tiles, zooming beyond a town's scale shows nothing more; the clusters need the limit
    var map = L.map(box, { zoomControl: false, zoomSnap: 0.25, attributionControl: true,
        minZoom: world ? 1 : 6, maxZoom: world ? 9 : 13 });
    L.control.zoom({ zoomInTitle: t.zoomIn, zoomOutTitle: t.zoomOut }).addTo(map);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(t.attribution);
    map.on('popupopen', function (e) {
        var close = e.popup.getElement().querySelector('.leaflet-popup-close-button');
        if (close) {
            close.setAttribute('aria-label', t.close);
            close.setAttribute('title', t.close);
        }
    });

    // a popup for an area unit: its name, its sheets and where to see them
    function areaPopup(id, name) {
        var n = data.counts[id] || 0;
        var card = el('div', null, { 'class': 'map-card' });
        card.appendChild(el('p', name, { 'class': 'map-card-title' }));
        card.appendChild(el('p', sheetsText(n)));
        if (data.shade === 'municipality') {
            card.appendChild(el('a', t.near.replace('{0}', name), { href: data.nearBase + '&near=' + id, 'class': 'map-near' }));
        } else if (data.shade === 'comarca' && n > 0) {
            card.appendChild(el('a', t.inComarca.replace('{0}', name), { href: data.list + (data.list.indexOf('?') < 0 ? '?' : '&') + 'comarca=' + id }));
        }
        return card;
    }

    function placePopup(place) {
        var card = el('div', null, { 'class': 'map-card' });
        card.appendChild(el('p', place.name, { 'class': 'map-card-title' }));
        var list = el('ul');
        place.sheets.forEach(function (s) {
            var li = el('li');
            li.appendChild(el('a', s.title, { href: data.context + '/project/view.xhtml?id=' + s.id }));
            list.appendChild(li);
        });
        card.appendChild(list);
        if (place.count > place.sheets.length) {
            card.appendChild(el('p', t.more.replace('{0}', place.count - place.sheets.length)));
        }
        card.appendChild(el('a', t.place, { href: data.context + '/body/view.xhtml?id=' + place.body }));
        return card;
    }

    function drawPlaces() {
        var clusters = L.markerClusterGroup({
            showCoverageOnHover: false,
            maxClusterRadius: 40,
            iconCreateFunction: function (cluster) {
                var n = 0;
                cluster.getAllChildMarkers().forEach(function (m) { n += m.options.sheets; });
                // the text inside names the button for screen readers
                return L.divIcon({
                    html: '<span aria-hidden="true">' + n + '</span><span class="visually-hidden">' + sheetsText(n) + '</span>',
                    className: 'map-cluster', iconSize: [34, 34]
                });
            }
        });
        data.places.forEach(function (p) {
            var marker = L.marker([p.lat, p.lng], {
                icon: L.divIcon({ className: 'map-pin', iconSize: [16, 16],
                    html: '<span class="visually-hidden">' + p.name.replace(/[&<>"]/g, function (c) {
                        return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
                    }) + ', ' + sheetsText(p.count) + '</span>' }),
                title: p.name + ' (' + sheetsText(p.count) + ')',
                sheets: p.count
            });
            marker.bindPopup(function () { return placePopup(p); });
            clusters.addLayer(marker);
        });
        map.addLayer(clusters);
        return clusters;
    }

    fetch(box.getAttribute('data-boundaries'), { credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (topo) {
            var bounds;
            if (world) {
                L.geoJSON(topojson.feature(topo, topo.objects.countries), {
                    style: { color: '#6b7785', weight: 0.6, fillColor: SHADES[0], fillOpacity: 1 },
                    interactive: false
                }).addTo(map);
                bounds = L.latLngBounds([[-58, -170], [78, 180]]);
            } else {
                var units = data.shade === 'municipality' ? topo.objects.municipalities : topo.objects.comarques;
                var layer = L.geoJSON(topojson.feature(topo, units), {
                    style: function (f) {
                        return { color: '#5d6b7a', weight: data.shade === 'municipality' ? 0.3 : 0.8,
                            fillColor: SHADES[shadeOf(data.counts[f.id])], fillOpacity: 0.9 };
                    },
                    onEachFeature: function (f, l) {
                        var name = f.properties && f.properties.name ? f.properties.name : (data.names[f.id] || f.id);
                        l.bindPopup(function () { return areaPopup(f.id, name); });
                        l.on('add', function () {
                            var path = l.getElement();
                            if (path) {
                                path.setAttribute('data-code', f.id);
                            }
                        });
                    }
                }).addTo(map);
                L.geoJSON(topojson.feature(topo, topo.objects.provinces), {
                    style: { color: '#2b3540', weight: 1.4, fill: false }, interactive: false
                }).addTo(map);
                bounds = layer.getBounds();
            }
            map.fitBounds(bounds, { padding: [8, 8] });
            drawPlaces();
            box.setAttribute('data-ready', 'true');
        })
        .catch(function (e) {
            // the tables below still hold everything; the attribute tells tests and support what went wrong
            box.setAttribute('data-ready', 'failed');
            box.setAttribute('data-error', String(e));
        });
}());
