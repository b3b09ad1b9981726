package org.nianbao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records column by column: every field comes back as it went in, the list is equal to any list of the same records. */
class RecordTableTest {
    private static List<DisclosureRecord> records(int n) {
        List<DisclosureRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String title = i % 97 == 0 ? "长标题".repeat(200 + i % 400) : i == 4 ? "很长的标题".repeat(60_000) : "第" + i + "条通知";
            String link = i % 3 == 0 ? "" : "https://xxgk.example.edu.cn/" + i + "?q=" + "x".repeat(i % 300);
            SourceRef source = i % 50 == 0 ? null : new SourceRef(i % 7 == 0 ? "汇总.xlsx" : "教务处.xlsx", i % 7 == 0 ? "cd" : "ab",
                    i % 2 == 0 ? "主动公开" : "Sheet2", i + 2);
            out.add(new DisclosureRecord(LocalDate.of(2021, 9, 1).plusDays(i % 365), title, i % 4 == 0 ? "website" : "新渠道" + (i % 5),
                    i % 5 == 0 ? ValueRanges.MAX_CATEGORY : i % 12, i % 7 == 0 ? ValueRanges.MAX_ITEM : i % 999, link, i % 11 == 0 ? "备注" + i : "", source));
        }
        return out;
    }

    @Test
    void everyFieldOfEveryRecordComesBackAsItWentIn() {
        // Past two chunks of rows and many text blocks, one title longer than a block, the largest category and item.
        List<DisclosureRecord> plain = records(20_000);
        RecordTable table = RecordTable.of(plain);
        assertThat(table).hasSize(20_000);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(table.get(i)).isEqualTo(plain.get(i));
        }
        assertThat(table).isEqualTo(plain);
        assertThat(plain).isEqualTo(table);
        assertThat(table.hashCode()).isEqualTo(plain.hashCode());
        assertThat(RecordTable.of(table)).isSameAs(table);
        assertThat(RecordTable.of(List.of())).isEmpty();
    }

    @Test
    void aSnapshotWhileAddingSeesTheRecordsSoFarAndTheFinishedTableAll() {
        List<DisclosureRecord> plain = records(20_000);
        RecordTable.Builder b = new RecordTable.Builder();
        for (int i = 0; i < 8192; i++) {
            b.add(plain.get(i));
        }
        RecordTable early = b.snapshot(); // a chunk exactly full
        for (int i = 8192; i < 9000; i++) {
            b.add(plain.get(i));
        }
        RecordTable later = b.snapshot();
        for (int i = 9000; i < 20_000; i++) {
            b.add(plain.get(i));
        }
        RecordTable done = b.build();
        assertThat(early).isEqualTo(plain.subList(0, 8192));
        assertThat(later).isEqualTo(plain.subList(0, 9000));
        assertThat(done).isEqualTo(plain);
    }

    @Test
    void duplicateKeysFindTheFirstRecordWithTheSameKeyAndNoOther() {
        List<DisclosureRecord> plain = new ArrayList<>(records(20_000));
        plain.add(plain.get(17));
        plain.add(plain.get(19_999));
        DuplicateKeys keys = new DuplicateKeys(4, i -> plain.get(i).duplicateKey());
        List<Integer> earlier = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            int e = keys.addIfAbsent(i, plain.get(i).duplicateKey());
            if (e >= 0) {
                earlier.add(e);
            }
        }
        long distinct = plain.stream().map(DisclosureRecord::duplicateKey).distinct().count();
        assertThat(earlier).hasSize(plain.size() - (int) distinct).contains(17, 19_999);
        assertThat(keys.indexOf(plain.get(5).duplicateKey())).isEqualTo(5);
        assertThat(keys.indexOf("no such key")).isEqualTo(-1);
    }
}
