package org.pattoo.receive;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * InfluxDB 1.x clients append {@code /write} to the URL they are given, so {@code /pattoo/write} is
 * forwarded to the v1 write resource.
 */
@WebServlet("/write")
public class InfluxV1WriteServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res)
      throws ServletException, IOException {
    req.getRequestDispatcher("/api/v1/write").forward(req, res);
  }
}
