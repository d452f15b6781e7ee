package io.modcache.ui.treemap;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** What a tile's label shows when it does not fit: a useful part of it, or nothing. */
@ExtendWith(ApplicationExtension.class)
class TileLabelsTest {

    private final Font font = Font.font("System", 12);

    @Start
    void start(Stage stage) {
        // fonts are measured on the toolkit
    }

    private double width(String s) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void aModulePathThatDoesNotFitShowsItsLastElement() {
        String path = "github.com/gogo/protobuf";
        assertThat(TreemapView.fitPath(path, font, width(path) + 1)).isEqualTo(path);
        assertThat(TreemapView.fitPath(path, font, width("…/protobuf") + 1)).isEqualTo("…/protobuf");
        assertThat(TreemapView.fitPath(path, font, width("prot…") + 1)).isEqualTo("prot…");
    }

    @Test
    void aLabelCutToAFewCharactersIsNotShown() {
        assertThat(TreemapView.fit("v0.0.0-20200416132412-0a9c8ea4c3a0", font, width("v0.0…") + 1)).isEqualTo("v0.0…");
        assertThat(TreemapView.fit("v0.0.0-20200416132412-0a9c8ea4c3a0", font, width("v0.…") + 1)).isEmpty();
        assertThat(TreemapView.fit("v1.2", font, width("v1.2"))).isEqualTo("v1.2");
        assertThat(TreemapView.fitPath("golang.org/x/sys", font, 5)).isEmpty();
    }
}
