package io.modcache.ui.main;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The toolkit is up (a table needs it); the table is never shown. */
@ExtendWith(ApplicationExtension.class)
class ColumnSortTest {

    private final AtomicInteger reads = new AtomicInteger();
    private TreeTableView<String> table;

    @BeforeEach
    void table() {
        table = new TreeTableView<>();
    }

    private <T> TreeTableColumn<String, T> column(Function<String, T> value, TreeTableColumn.SortType type) {
        TreeTableColumn<String, T> c = new TreeTableColumn<>();
        c.setCellValueFactory(f -> {
            reads.incrementAndGet();
            return new ReadOnlyObjectWrapper<>(value.apply(f.getValue().getValue()));
        });
        c.setSortType(type);
        table.getColumns().add(c); // a column reads its cells through its table
        return c;
    }

    private static List<TreeItem<String>> items(String... values) {
        List<TreeItem<String>> out = new ArrayList<>();
        for (String v : values) {
            out.add(new TreeItem<>(v));
        }
        return out;
    }

    private static List<String> values(List<TreeItem<String>> items) {
        return items.stream().map(TreeItem::getValue).toList();
    }

    @Test
    void sortsByEachColumnInTurnAsTheTableWouldAndReadsEachCellOnce() {
        // first by length, longest first; then alphabetically
        TreeTableColumn<String, Integer> length = column(String::length, TreeTableColumn.SortType.DESCENDING);
        TreeTableColumn<String, String> text = column(s -> s, TreeTableColumn.SortType.ASCENDING);
        List<TreeItem<String>> items = items("bb", "a", "ccc", "aa", "c");

        ColumnSort.sort(items, List.of(length, text));

        assertThat(values(items)).containsExactly("ccc", "aa", "bb", "a", "c");
        assertThat(reads.get()).isEqualTo(2 * 5);
    }

    @Test
    void equalItemsKeepTheirOrderAndAnUnsortableColumnIsPassedOver() {
        TreeTableColumn<String, Integer> length = column(String::length, TreeTableColumn.SortType.ASCENDING);
        TreeTableColumn<String, String> text = column(s -> s, TreeTableColumn.SortType.DESCENDING);
        text.setSortable(false);
        List<TreeItem<String>> items = items("b", "zz", "a", "yy");

        ColumnSort.sort(items, List.of(length, text));

        assertThat(values(items)).containsExactly("b", "a", "zz", "yy");
    }

    @Test
    void emptyCellsComeLastInEitherDirection() {
        TreeTableColumn<String, Integer> number = column(s -> s.isEmpty() ? null : Integer.valueOf(s), TreeTableColumn.SortType.ASCENDING);
        List<TreeItem<String>> items = items("", "3", "1", "", "2");

        ColumnSort.sort(items, List.of(number));
        assertThat(values(items)).containsExactly("1", "2", "3", "", "");

        number.setSortType(TreeTableColumn.SortType.DESCENDING);
        ColumnSort.sort(items, List.of(number));
        assertThat(values(items)).containsExactly("3", "2", "1", "", "");
    }
}
