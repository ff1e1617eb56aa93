package org.perfreview.report.export;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;

import java.util.HexFormat;
import java.util.List;

/**
 * A native Office column chart of grade counts (categories = grades, one series per table kind),
 * drawn into an XSSF or XWPF chart. The data sits in a grid with the grades in column A from row 2
 * and the series in columns B, C ... with their names in row 1: on the workbook's own sheet for
 * XLSX, in the chart's embedded workbook for DOCX ({@link Cells} says which).
 */
public final class GradeBarChart {
    /** One series: its name and a count per category. */
    public record Series(String name, List<Integer> counts) {
    }

    /** How the chart refers to its grid. */
    public interface Cells {
        String range(CellRangeAddress range);

        CellReference title(String name, int column);
    }

    private GradeBarChart() {
    }

    public static void plot(XDDFChart chart, String title, List<String> grades, List<Series> series, Cells cells) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis gradeAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis countAxis = chart.createValueAxis(AxisPosition.LEFT);
        countAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        countAxis.setMinimum(0);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, gradeAxis, countAxis);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        int n = grades.size();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(grades.toArray(String[]::new),
                cells.range(new CellRangeAddress(1, n, 0, 0)), 0);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XDDFNumericalDataSource<Integer> values = XDDFDataSourcesFactory.fromArray(s.counts().toArray(Integer[]::new),
                    cells.range(new CellRangeAddress(1, n, i + 1, i + 1)), i + 1);
            XDDFChartData.Series plotted = data.addSeries(categories, values);
            plotted.setTitle(s.name(), cells.title(s.name(), i + 1));
            if (series.size() == 1) { // one kind: colour each bar by its grade, as the HTML chart does
                for (int j = 0; j < n; j++) {
                    plotted.getDataPoint(j).setFillProperties(fill(GradeColors.of(grades.get(j))));
                }
            } else {
                plotted.setFillProperties(fill(GradeColors.series(i)));
            }
        }
        chart.plot(data);
    }

    private static XDDFSolidFillProperties fill(String rgbHex) {
        return new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(rgbHex)));
    }
}
