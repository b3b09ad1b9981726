package org.nianbao.stats;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.model.Project;

/**
 * The report's figures aggregated from the accepted submissions. A publication sent by two
 * departments (same date, title and channel) is counted once.
 *
 * @param recordsByChannel  channel id (or a new channel's name; "" for not stated) → records
 * @param recordsByCategory 清单 category number (0 = uncategorised) → records
 * @param recordsByItem     清单 item number → records (items named only by category are not here)
 * @param counts            the 数据 sheet's counts summed over departments, by count id
 * @param applicationsByOutcome outcome code → applications answered ("" = still open)
 */
public record Figures(long records, Map<String, Long> recordsByChannel, Map<Integer, Long> recordsByCategory,
                      Map<Integer, Long> recordsByItem, Map<String, Long> counts, long applicationsNew,
                      long applicationsCarriedOver, long applicationsOpen, Map<String, Long> applicationsByOutcome) {

    public static Figures of(Project project) {
        java.util.List<DisclosureRecord> all = project.records();
        // The same publication sent by two departments counts once; a million keys as hashes, not strings.
        org.nianbao.model.DuplicateKeys seen = new org.nianbao.model.DuplicateKeys(all.size(), i -> all.get(i).duplicateKey());
        long records = 0;
        Map<String, Long> byChannel = new TreeMap<>();
        Map<Integer, Long> byCategory = new TreeMap<>();
        Map<Integer, Long> byItem = new TreeMap<>();
        int number = 0;
        for (DisclosureRecord r : all) {
            if (seen.addIfAbsent(number++, r.duplicateKey()) >= 0) {
                continue;
            }
            records++;
            byChannel.merge(r.channel(), 1L, Long::sum);
            byCategory.merge(r.category(), 1L, Long::sum);
            if (r.item() > 0) {
                byItem.merge(r.item(), 1L, Long::sum);
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (DepartmentSubmission s : project.submissions()) {
            s.counts().forEach((id, v) -> counts.merge(id, v, Long::sum));
        }
        long fresh = 0;
        long carried = 0;
        long open = 0;
        Map<String, Long> byOutcome = new TreeMap<>();
        for (ApplicationCase a : project.applications()) {
            if (a.carriedOver()) {
                carried++;
            } else {
                fresh++;
            }
            if (a.outcome().isEmpty()) {
                open++;
            } else {
                byOutcome.merge(a.outcome(), 1L, Long::sum);
            }
        }
        return new Figures(records, byChannel, byCategory, byItem, counts, fresh, carried, open, byOutcome);
    }

    public long recordsOnChannel(String channelId) {
        return recordsByChannel.getOrDefault(channelId, 0L);
    }
}
