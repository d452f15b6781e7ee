package io.modcache.ui.projects;

import io.modcache.text.Text;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The project folders whose go.sum and go.work.sum files verification checks the cache against.
 * Folders are searched recursively (vendor, .git and node_modules are skipped).
 */
public final class ProjectsDialog extends Dialog<List<Path>> {

    private final ObservableList<Path> folders;

    public ProjectsDialog(Window owner, List<Path> current) {
        initOwner(owner);
        setTitle(Text.get("projects.title"));
        setHeaderText(Text.get("projects.header"));
        folders = FXCollections.observableArrayList(current);
        ListView<Path> list = new ListView<>(folders);
        list.setId("projectList");
        list.setPrefSize(520, 220);
        list.setPlaceholder(new Label(Text.get("projects.none")));
        Button add = new Button(Text.get("projects.add"));
        add.setId("addProject");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Text.get("projects.choose"));
            // projects usually sit side by side: start beside the last one named (at first, in the home folder)
            Path last = folders.isEmpty() ? null : folders.get(folders.size() - 1).getParent();
            chooser.setInitialDirectory((last != null ? last : Path.of(System.getProperty("user.home"))).toFile());
            File dir = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (dir != null && !folders.contains(dir.toPath())) {
                folders.add(dir.toPath());
            }
        });
        Button remove = new Button(Text.get("projects.remove"));
        remove.setId("removeProject");
        remove.setMaxWidth(Double.MAX_VALUE);
        remove.disableProperty().bind(Bindings.isEmpty(list.getSelectionModel().getSelectedItems()));
        remove.setOnAction(e -> folders.removeAll(List.copyOf(list.getSelectionModel().getSelectedItems())));
        VBox buttons = new VBox(6, add, remove);
        buttons.setMinWidth(90);
        BorderPane content = new BorderPane(list);
        content.setRight(buttons);
        BorderPane.setMargin(buttons, new javafx.geometry.Insets(0, 0, 0, 8));
        Label hint = new Label(Text.get("projects.hint"));
        hint.setWrapText(true);
        content.setBottom(hint);
        BorderPane.setMargin(hint, new javafx.geometry.Insets(8, 0, 0, 0));
        getDialogPane().setContent(content);
        io.modcache.ui.common.Themes.dress(getDialogPane());
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK ? List.copyOf(folders) : null);
    }

    /** Shows the dialog; the new list when the user pressed OK. */
    public static Optional<List<Path>> edit(Window owner, List<Path> current) {
        return new ProjectsDialog(owner, current).showAndWait();
    }

    /** For tests: the folders as the dialog holds them now. */
    public ObservableList<Path> folders() {
        return folders;
    }
}
