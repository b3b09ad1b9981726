package org.nianbao.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nianbao.check.CheckContext;
import org.nianbao.check.Checker;
import org.nianbao.check.HolidayCalendar;
import org.nianbao.kind.ReportKind;
import org.nianbao.model.ApplicationCase;
import org.nianbao.model.DepartmentSubmission;
import org.nianbao.model.DisclosureRecord;
import org.nianbao.model.Project;
import org.nianbao.model.SourceRef;

/**
 * The whole rule catalogue on a project with the sample's prose and many records across
 * departments, warm: the app re-checks on every edit, so this must stay well under 200 ms.
 */
public final class CheckBench {
    public record Result(int records, int findings, long warmMedianMs, long warmMaxMs) {
    }

    private CheckBench() {
    }

    static Result run(Project base, ReportKind kind, HolidayCalendar calendar, int records) {
        Project project = withRecords(base, kind, records);
        LocalDate today = kind.deadline(project.year()).minusDays(10);
        Checker checker = Checker.standard();
        for (int i = 0; i < 20; i++) {
            checker.run(CheckContext.of(project, kind, today, calendar));
        }
        long[] times = new long[31];
        int findings = 0;
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            findings = checker.run(CheckContext.of(project, kind, today, calendar)).size();
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return new Result(records, findings, times[times.length / 2] / 1_000_000, times[times.length - 1] / 1_000_000);
    }

    private static Project withRecords(Project base, ReportKind kind, int records) {
        LocalDate start = kind.window(base.year()).start();
        int departments = 20;
        Project p = base;
        for (int d = 0; d < departments; d++) {
            List<DisclosureRecord> list = new ArrayList<>();
            for (int i = d; i < records; i += departments) {
                ReportKind.ListItem item = kind.items().get(i % kind.items().size());
                list.add(new DisclosureRecord(start.plusDays(i % 365), "公开信息" + i,
                        kind.channels().get(i % kind.channels().size()).id(), item.category(), item.number(), "", "",
                        new SourceRef("部门" + d + ".xlsx", "sha", "主动公开", 2 + i / departments)));
            }
            List<ApplicationCase> apps = List.of(new ApplicationCase(start.plusDays(30 + d), "natural-person", "申请" + d,
                    start.plusDays(40 + d), "disclosed", BigDecimal.ZERO, false, "", new SourceRef("部门" + d + ".xlsx", "sha", "依申请公开", 2)));
            p = p.withSubmission(new DepartmentSubmission("部门" + d, "部门" + d + ".xlsx", "sha", Instant.EPOCH, list, apps, Map.of(), 0, 0));
        }
        return p;
    }
}
