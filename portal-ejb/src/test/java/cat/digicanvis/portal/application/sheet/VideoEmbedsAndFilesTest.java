package cat.digicanvis.portal.application.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class VideoEmbedsAndFilesTest {

    @Test
    void commonVideoHostsGetAPrivacyFriendlyEmbed() {
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
                VideoEmbeds.embedUrl("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10"));
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", VideoEmbeds.embedUrl("https://youtu.be/dQw4w9WgXcQ"));
        assertEquals("https://player.vimeo.com/video/76979871?dnt=1", VideoEmbeds.embedUrl("https://vimeo.com/76979871"));
    }

    @Test
    void otherAddressesAreNotEmbedded() {
        assertNull(VideoEmbeds.embedUrl("https://example.org/video.mp4"));
        assertNull(VideoEmbeds.embedUrl("https://www.youtube.com/watch?v=\"><script>"));
        assertNull(VideoEmbeds.embedUrl("https://evil-youtube.com.example/watch?v=abcdefghijk"));
        assertNull(VideoEmbeds.embedUrl(null));
    }

    @Test
    void uploadedNamesLoseTheirPathsAndControlCharacters() {
        assertEquals("informe.pdf", FileService.safeName("C:\\Users\\anna\\informe.pdf"));
        assertEquals("passwd", FileService.safeName("../../etc/passwd"));
        assertEquals("a_b.pdf", FileService.safeName("a\nb.pdf"));
        assertEquals("document", FileService.safeName(""));
        assertEquals(200, FileService.safeName("x".repeat(300) + ".pdf").length());
        // the download's extension is the detected type's, whatever the uploaded name said
        assertEquals("informe.pdf", FileService.nameFor("informe.html", "application/pdf"));
        assertEquals("foto.JPEG", FileService.nameFor("foto.JPEG", "image/jpeg"));
        assertEquals("foto.jpg", FileService.nameFor("foto.svg", "image/jpeg"));
        assertEquals("document.png", FileService.nameFor("document", "image/png"));
        assertEquals(".htaccess.pdf", FileService.nameFor(".htaccess", "application/pdf"));
        assertEquals("x.pdf.pdf", FileService.nameFor("x.pdf.exe", "application/pdf"));
        assertEquals(200, FileService.nameFor("y".repeat(200), "application/pdf").length());
    }
}
