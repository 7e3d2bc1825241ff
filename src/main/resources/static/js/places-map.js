// A campus's places on the base map whose tiles the configuration names: sites and members as pins, grouped into a
// numbered circle where they overlap, the map framed on all of them. The list of sites and the members' table on the
// page say the same without the map; the labels are set as text, never as markup.
(function () {
    var box = document.getElementById('places-map');
    if (!box || typeof L === 'undefined') {
        return;
    }
    var places = JSON.parse(box.dataset.places);
    var map = L.map(box, { scrollWheelZoom: false });
    map.attributionControl.setPrefix(false);
    L.tileLayer(box.dataset.tiles, { attribution: box.dataset.attribution, maxZoom: 18 }).addTo(map);
    var groups = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    var corners = [];
    places.forEach(function (place) {
        var size = place.site ? 18 : 12;
        var marker = L.marker([place.lat, place.lon], {
            title: place.label,
            alt: place.label,
            icon: L.divIcon({ className: 'cmq-pin ' + (place.site ? 'cmq-pin--site' : 'cmq-pin--member'), iconSize: [size, size] })
        });
        var label = document.createElement('span');
        label.textContent = place.label;
        marker.bindPopup(label);
        groups.addLayer(marker);
        corners.push([place.lat, place.lon]);
    });
    map.addLayer(groups);
    if (corners.length === 1) {
        map.setView(corners[0], 13);
    } else {
        map.fitBounds(corners, { padding: [24, 24], maxZoom: 13 });
    }
}());
