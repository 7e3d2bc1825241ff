package fr.cmq.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/** The working days of France: Monday to Friday, public holidays (jours fériés) excepted. */
public final class FrenchCalendar {

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8),
            MonthDay.of(7, 14), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));

    private FrenchCalendar() {
    }

    /** New Year, Easter Monday, 1 and 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 and 11 November, Christmas. */
    public static boolean holiday(LocalDate day) {
        if (FIXED_HOLIDAYS.contains(MonthDay.from(day))) {
            return true;
        }
        var easter = easter(day.getYear());
        return day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39)) || day.equals(easter.plusDays(50));
    }

    public static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holiday(day);
    }

    /** The first day from this one that is a working day, and whose {@code days}-th day after it is one too. */
    public static LocalDate firstWorkingDays(LocalDate from, int days) {
        var start = from;
        while (!allWorking(start, days)) {
            start = start.plusDays(1);
        }
        return start;
    }

    /** The last day up to this one that is a working day, and whose {@code days}-th day after it is one too. */
    public static LocalDate lastWorkingDays(LocalDate until, int days) {
        var start = until;
        while (!allWorking(start, days)) {
            start = start.minusDays(1);
        }
        return start;
    }

    /** It starts and ends on working days (a mobility of several weeks spans week-ends, never starts on one). */
    private static boolean allWorking(LocalDate start, int days) {
        return workingDay(start) && workingDay(start.plusDays(days));
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
