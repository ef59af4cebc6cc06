/* Embeds a video only when the reader asks for it: until then no request reaches the video host. */
document.addEventListener('click', function (event) {
    var button = event.target.closest('.video-load');
    if (!button) {
        return;
    }
    var box = button.closest('.video');
    var frame = document.createElement('iframe');
    frame.src = box.getAttribute('data-embed');
    frame.title = box.getAttribute('data-title');
    frame.width = '560';
    frame.height = '315';
    frame.setAttribute('allow', 'fullscreen; picture-in-picture');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    box.replaceChildren(frame);
    frame.focus();
});
