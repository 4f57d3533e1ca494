package org.postpartumback.routine;

import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/** Collects what a page included with a request dispatcher writes, instead of sending it. */
final class CapturedPage extends HttpServletResponseWrapper {

	private final CharArrayWriter chars = new CharArrayWriter();

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final PrintWriter writer = new PrintWriter(this.chars);

	private final ServletOutputStream stream = new ServletOutputStream() {

		@Override
		public void write(int b) {
			CapturedPage.this.bytes.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			CapturedPage.this.bytes.write(b, off, len);
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException();
		}

	};

	CapturedPage(HttpServletResponse response) {
		super(response);
	}

	@Override
	public PrintWriter getWriter() {
		return this.writer;
	}

	@Override
	public ServletOutputStream getOutputStream() {
		return this.stream;
	}

	@Override
	public void flushBuffer() throws IOException {
		this.writer.flush();
	}

	/** Everything written, as text (pages are UTF-8). */
	String text() {
		this.writer.flush();
		return this.chars.toString() + this.bytes.toString(StandardCharsets.UTF_8);
	}

}
