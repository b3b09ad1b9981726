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
 * departments, warm: the app re-checks on every edit, so this must stay well under 200 ms; and the
 * catalogue over a 30,000-character report, which must stay under 50 ms warm.
 */
public final class CheckBench {
    public record Result(int records, int findings, long warmMedianMs, long warmMaxMs) {
    }

    /** The catalogue over a long report: its prose length in characters, findings, warm median and slowest run. */
    public record ProseResult(int characters, int findings, long warmMedianMs, long warmMaxMs) {
    }

    private CheckBench() {
    }

    static Result run(Project base, ReportKind kind, HolidayCalendar calendar, int records) {
        Project project = withRecords(base, kind, records);
        long[] t = time(project, kind, calendar);
        return new Result(records, (int) t[2], t[0], t[1]);
    }

    /**
     * The whole catalogue (proofreading included) on a report whose prose is {@code characters} long:
     * the sample's prose, with a few slips pasted in, repeated across the sections until it is that long.
     */
    static ProseResult runProse(Project base, ReportKind kind, HolidayCalendar calendar, int characters) {
        StringBuilder source = new StringBuilder("首页 > 信息公开 > 年度报告\n学校官网,信息公开网共发布信息1300余条，"
                + "其中官网250余条、公开网190余条。按照教办函[2014]23号要求，学校关于关于信息公开的安排于2021 年 9 月 1 日印发。\n\n");
        base.sections().forEach(s -> source.append(s.prose()).append("\n\n"));
        String unit = source.toString();
        int perSection = characters / base.sections().size();
        Project project = base;
        for (var s : base.sections()) {
            StringBuilder prose = new StringBuilder(perSection + unit.length());
            while (prose.length() < perSection) {
                prose.append(unit);
            }
            project = project.withProse(s.id(), prose.substring(0, perSection));
        }
        int length = project.sections().stream().mapToInt(s -> s.prose().length()).sum();
        long[] t = time(project, kind, calendar);
        return new ProseResult(length, (int) t[2], t[0], t[1]);
    }

    /** Warm median and slowest run in ms, and the number of findings. */
    private static long[] time(Project project, ReportKind kind, HolidayCalendar calendar) {
        LocalDate today = kind.deadline(project.year()).minusDays(10);
        Checker checker = org.nianbao.workspace.Workspace.standard().checker();
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
        return new long[] {times[times.length / 2] / 1_000_000, times[times.length - 1] / 1_000_000, findings};
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
