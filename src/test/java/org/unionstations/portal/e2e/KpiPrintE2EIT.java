package org.unionstations.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.kpi.PaceStatus;

/**
 * The briefing printout printed by Chromium itself (DevTools {@code Page.printToPDF},
 * honouring the page's {@code @page} size): A4 landscape pages, every KPI's name in the
 * text, the charts' words printed as text (SVG), the screen-only toolbar left out.
 * target/e2e/kpi-print.pdf, and each page as target/e2e/kpi-print-page-N.png (drawn by
 * PDFBox) to look at.
 */
@WithUserDetails("leader")
class KpiPrintE2EIT extends BrowserTest {

	/** A4 landscape in PDF points (1/72 in): 297 × 210 mm. */
	private static final double A4_LONG = 297 / 25.4 * 72;

	private static final double A4_SHORT = 210 / 25.4 * 72;

	@Autowired
	KpiService kpis;

	@Test
	void the_briefing_prints_to_a4_landscape_with_its_table_and_charts() throws Exception {
		browser.manage().window().setSize(new Dimension(1440, 900));
		browser.get(url("login"));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys("leader");
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys("leader", Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
		browser.get(url("kpi/print?year=2026"));

		List<KpiCard> cards = kpis.board(2026, null).cards();
		long behind = cards.stream().filter(c -> c.pace().status() == PaceStatus.BEHIND).count();
		wait.until(d -> ((Number) js(
				"return [...document.querySelectorAll('us-chart')]" + ".filter(c => c.renderedVersion >= 1).length"))
			.longValue() == 1 + behind);
		BrowserSupport.screenshot(browser, "kpi-print-screen");

		Map<String, Object> printed = ((ChromeDriver) browser).executeCdpCommand("Page.printToPDF",
				Map.of("preferCSSPageSize", true, "printBackground", true));
		byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
		Path file = Path.of("target", "e2e", "kpi-print.pdf");
		Files.createDirectories(file.getParent());
		Files.write(file, pdf);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			System.out.println("kpi print: " + pages + " pages, " + pdf.length + " bytes");
			assertThat(pages).isGreaterThanOrEqualTo(1);
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo((float) A4_LONG,
						org.assertj.core.data.Offset.offset(2f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo((float) A4_SHORT,
						org.assertj.core.data.Offset.offset(2f));
			}
			String text = text(document, 1, pages);
			assertThat(text).contains("2026年度目标完成情况");
			for (KpiCard card : cards) {
				assertThat(text).as("the printout names %s", card.kpi().code()).contains(name(card));
			}
			// the screen-only toolbar is not printed
			assertThat(text).doesNotContain("打印时请选");
			// the progress chart prints on a page of its own, its words as text (SVG):
			// every
			// KPI on its axis, the target line
			int chartPage = page(document, pages, "各项指标完成率与进度");
			String chart = text(document, chartPage, chartPage);
			assertThat(chart).contains("目标100%");
			for (KpiCard card : cards) {
				assertThat(chart).as("the progress chart names %s", card.kpi().code()).contains(name(card));
			}
			// then each KPI behind its pace with its months
			if (behind > 0) {
				int behindPage = page(document, pages, "落后指标的逐月进度");
				assertThat(behindPage).isGreaterThan(chartPage);
				String trends = text(document, behindPage, pages);
				assertThat(trends).contains("3月", "11月");
				cards.stream()
					.filter(c -> c.pace().status() == PaceStatus.BEHIND)
					.forEach(c -> assertThat(trends).contains(name(c)));
			}

			PDFRenderer renderer = new PDFRenderer(document);
			for (int i = 0; i < pages; i++) {
				BufferedImage image = renderer.renderImageWithDPI(i, 100);
				ImageIO.write(image, "png", Path.of("target", "e2e", "kpi-print-page-" + (i + 1) + ".png").toFile());
			}
		}
	}

	/**
	 * The text of pages {@code from} to {@code to} (counting from 1), without white
	 * space.
	 */
	private static String text(PDDocument document, int from, int to) throws java.io.IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(document).replaceAll("\\s+", "");
	}

	/** The first page (counting from 1) with this heading. */
	private static int page(PDDocument document, int pages, String heading) throws java.io.IOException {
		for (int i = 1; i <= pages; i++) {
			if (text(document, i, i).contains(heading)) {
				return i;
			}
		}
		throw new AssertionError("no page has " + heading);
	}

	private static String name(KpiCard card) {
		return card.kpi().nameZh().replaceAll("\\s+", "");
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

}
