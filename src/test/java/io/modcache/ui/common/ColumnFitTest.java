package io.modcache.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Columns sized to their widest text, within their bounds. */
@ExtendWith(ApplicationExtension.class)
class ColumnFitTest {

    private static final String PSEUDO = "v0.0.0-20200413000000-b5235f600000";

    @Start
    void start(Stage stage) {
        // the toolkit, for measuring text
    }

    private static double width(String text) {
        Text t = new Text(text);
        t.setFont(Font.font(Themes.fontSize()));
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void aColumnTakesItsWidestTextAmongManyAndKeepsToIt() {
        TableColumn<String, String> column = new TableColumn<>("Version");
        column.setMinWidth(40);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add("v1." + i + ".0");
        }
        rows.add(PSEUDO);

        ColumnFit.exactly(column, rows, Function.identity(), 1_000);

        assertThat(column.getPrefWidth()).isGreaterThan(width(PSEUDO)).isLessThan(width(PSEUDO) + 40);
        assertThat(column.getMaxWidth()).isEqualTo(column.getPrefWidth());
    }

    @Test
    void shortTextsGiveTheLeastWidthAndLongOnesTheMost() {
        TableColumn<String, String> column = new TableColumn<>("V");
        column.setMinWidth(90);

        ColumnFit.toContent(column, List.of("v1"), Function.identity(), 300);
        assertThat(column.getPrefWidth()).isEqualTo(90);
        assertThat(column.getMaxWidth()).as("free to grow").isGreaterThan(1_000);

        ColumnFit.toContent(column, List.of(PSEUDO + PSEUDO + PSEUDO), Function.identity(), 300);
        assertThat(column.getPrefWidth()).isEqualTo(300);
    }

    @Test
    void theHeaderCountsToo() {
        TableColumn<String, String> column = new TableColumn<>("A rather long column header");

        ColumnFit.toContent(column, List.of("x"), Function.identity(), 1_000);

        assertThat(column.getPrefWidth()).isGreaterThan(width("A rather long column header"));
    }
}
