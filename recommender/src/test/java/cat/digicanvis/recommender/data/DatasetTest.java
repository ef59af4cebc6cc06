package cat.digicanvis.recommender.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {

    @TempDir
    Path dir;

    static CsvTable csv(String name, String text) throws IOException {
        return CsvTable.parse(name, new StringReader(text));
    }

    Dataset load(String bodies, String items, String interactions) throws IOException {
        Files.writeString(dir.resolve("B.csv"), bodies);
        Files.writeString(dir.resolve("I.csv"), items);
        Files.writeString(dir.resolve("X.csv"), interactions);
        return Dataset.load(dir.resolve("B.csv"), dir.resolve("I.csv"), dir.resolve("X.csv"));
    }

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        CsvTable t = csv("t.csv", "id,text\n1,\"a, \"\"b\"\"\nc\"\n2,plain\r\n");
        assertEquals(2, t.size());
        assertEquals("a, \"b\"\nc", t.get(0, "text"));
        assertEquals(4, t.line(1));
    }

    @Test
    void malformedRowsNameTheirLine() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> csv("x.csv", "a,b\n1,2\n3\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("x.csv:3:"), e.getMessage());
        assertThrows(DataFormatException.class, () -> csv("x.csv", ""));
        assertThrows(DataFormatException.class, () -> csv("x.csv", "a,a\n1,2\n"));
        assertThrows(DataFormatException.class, () -> csv("x.csv", "a\n\"open\n"));
    }

    @Test
    void loadsTypesColumnsAndTimes() throws IOException {
        Dataset d = load("id,population,comarca,needs\nb1,3000,Segarra,social|care\nb2,80000,Maresme,participation\n",
                "id,owner,areas,text,phase\ni1,b1,social,Teleassistència,pilot\ni2,,participation,Pressupostos,implemented\n",
                "body,item,grade,time\nb1,i2,3,2024-03-01T10:00:00Z\nb2,i1,1,1700000000\nb2,i2,5,2024-05-02\n");
        assertEquals(3000.0, d.bodies().get("b1").features().number("population"));
        assertEquals(Set.of("social", "care"), d.bodies().get("b1").features().values("needs"));
        assertEquals("b1", d.items().get("i1").owner());
        assertEquals(Set.of("social"), d.items().get("i1").areas());
        assertEquals(1709287200L, d.interactions().get(0).time());
        assertEquals(1714608000L, d.interactions().get(2).time());
    }

    @Test
    void badInputIsRefusedWithItsLine() {
        String items = "id\ni1\n";
        DataFormatException unknown = assertThrows(DataFormatException.class, () -> load("id\nb1\n", items,
                "body,item,grade,time\nb1,i1,1,0\nb9,i1,1,0\n"));
        assertEquals(3, unknown.line());
        assertTrue(unknown.getMessage().contains("unknown body 'b9'"));
        assertThrows(DataFormatException.class, () -> load("id,population\nb1,NaN\n", items, "body,item,grade,time\nb1,i1,1,0\n"));
        DataFormatException negative = assertThrows(DataFormatException.class,
                () -> load("id,population\nb1,100\nb2,-5\n", items, "body,item,grade,time\nb1,i1,1,0\n"));
        assertEquals(3, negative.line());
        assertThrows(DataFormatException.class, () -> load("id\nb1\n", items, "body,item,grade,time\nb1,i1,x,0\n"));
        assertThrows(DataFormatException.class, () -> load("id\nb1\n", items, "body,item,grade,time\nb1,i1,1,yesterday\n"));
        assertThrows(DataFormatException.class, () -> load("id\nb1\n", items, "body,item,grade,time\n"));
        assertThrows(DataFormatException.class, () -> load("id\nb1\n", "id,owner\ni1,b7\n", "body,item,grade,time\nb1,i1,1,0\n"));
    }
}
