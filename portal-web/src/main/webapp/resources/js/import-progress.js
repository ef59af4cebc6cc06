/*
 * A running import's page follows its progress: every second it reads the same page again and takes its progress
 * block, until the import has finished. Without JavaScript the page reloads itself instead (a meta refresh).
 */
(function () {
    'use strict';
    function tick() {
        fetch(location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
            .then(function (r) { return r.text(); })
            .then(function (html) {
                var next = new DOMParser().parseFromString(html, 'text/html').getElementById('import-state');
                var current = document.getElementById('import-state');
                if (!next || !current) {
                    return;
                }
                if (next.getAttribute('data-import-running') === 'true') {
                    // only the figures change: the live region announces them without rereading the block
                    document.getElementById('bar').value = next.querySelector('#bar').value;
                    document.getElementById('bar').textContent = next.querySelector('#bar').textContent;
                    document.getElementById('done-count').textContent = next.querySelector('#done-count').textContent;
                    setTimeout(tick, 1000);
                } else {
                    current.replaceWith(next);
                }
            })
            .catch(function () {
                setTimeout(tick, 3000);
            });
    }
    setTimeout(tick, 1000);
}());
