import { page } from "../page.js";
import { htmlResponse, type WebResponse } from "../response.js";

function errorPage(status: number, title: string, message: string): WebResponse {
  const main = `<h1>${title}</h1>\n<p>${message}</p>\n<p><a href="/">Go to the tracker</a>, or look up a state or official above.</p>`;
  return htmlResponse(status, page({ title, main }));
}

export const notFound = () => errorPage(404, "Page not found", "There is no page at this address.");

export const tooLong = () =>
  errorPage(414, "Address too long", "That address is too long to answer. Try a shorter search.");

export function methodNotAllowed(): WebResponse {
  const response = errorPage(405, "Not allowed", "These pages can only be read.");
  return { ...response, headers: { ...response.headers, Allow: "GET, HEAD" } };
}
