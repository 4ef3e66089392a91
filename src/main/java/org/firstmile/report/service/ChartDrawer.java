package org.firstmile.report.service;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Draws one report's charts as vectors into its PDF: the layout holds an {@code <object type="firstmile/chart">} per
 * chart, sized like the image it replaces and carrying the chart's alt text, which the tagged PDF gives the figure.
 * One drawer per PDF, not shared between threads.
 */
final class ChartDrawer implements FSObjectDrawerFactory {

    static final String TYPE = "firstmile/chart";
    private static final String INDEX = "data-chart";

    private final List<ReportCharts.Chart> charts = new ArrayList<>();

    /** The element that stands for the chart in the layout: as wide as its figure, which is {@code widthMm}. */
    String element(ReportCharts.Chart chart, double widthMm) {
        charts.add(chart);
        double heightMm = widthMm * chart.height() / ReportCharts.WIDTH;
        return String.format(Locale.ROOT, "<object type=\"%s\" %s=\"%d\" alt=\"%s\" style=\"display: block; "
                + "width: 100%%; height: %.1fmm;\"></object>", TYPE, INDEX, charts.size() - 1,
                ReportPdf.esc(chart.altText()), heightMm);
    }

    @Override
    public boolean isReplacedObject(Element e) {
        return TYPE.equals(e.getAttribute("type"));
    }

    @Override
    public FSObjectDrawer createDrawer(Element e) {
        return isReplacedObject(e) ? this::draw : null;
    }

    private Map<Shape, String> draw(Element e, double x, double y, double width, double height, OutputDevice device,
            RenderingContext context, int dotsPerPixel) {
        ReportCharts.Chart chart = charts.get(Integer.parseInt(e.getAttribute(INDEX)));
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        device.drawWithGraphics((float) x, (float) y, w, h, graphics -> {
            graphics.scale(w / ReportCharts.WIDTH, h / chart.height());
            chart.chart().draw(graphics, new Rectangle2D.Double(0, 0, ReportCharts.WIDTH, chart.height()));
        });
        return null;
    }
}
