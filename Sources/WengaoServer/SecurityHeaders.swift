import Hummingbird

/// Every response, errors included, passes here: a request whose Host is not this server's
/// is refused before any handler sees it (a page of another site whose name was made to
/// resolve to 127.0.0.1 — DNS rebinding — cannot read or post to the API), and the answer
/// carries the headers that keep the page from loading anything but its own files.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    let settings: ServeSettings

    /// Scripts, styles and requests go to this server only; no frames, no plugins, no
    /// inline script. Inline `style` attributes are not used either.
    static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        if !settings.accepts(host: request.head.authority ?? request.headers[.init("Host")!]) {
            response = APIError.wrongHost.response
        } else {
            do {
                response = try await next(request, context)
            } catch let error as APIError {
                response = error.response
            } catch let error as any HTTPResponseError {
                // The router's own refusals (no such route, wrong method) in the API's words.
                response = APIError(status: error.status, message: APIError.message(for: error.status)).response
            }
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.init("Cross-Origin-Opener-Policy")!] = "same-origin"
        response.headers[.init("Cross-Origin-Resource-Policy")!] = "same-origin"
        // Nothing is kept between requests, by the server or by a cache on the way.
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
