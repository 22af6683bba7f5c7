import Hummingbird
import WengaoKit

/// A request the API refuses, answered as JSON in Chinese: `{"error": "…"}`, or for input
/// that does not pass the checks the diagnostics themselves (422), as `validate` prints them.
struct APIError: Error {
    var status: HTTPResponse.Status
    var message: String
    var diagnostics: [Diagnostic]? = nil

    var response: Response {
        let body: String
        if let diagnostics {
            body = DiagnosticFormatter.json(diagnostics)
        } else {
            body = JSONValue.object([("error", .string(message))]).rendered() + "\n"
        }
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static let wrongHost = APIError(
        status: .misdirectedRequest,
        message: "这个地址不是本服务的名字（Host 不符）：为防 DNS 重绑定，只接受本机地址和 --allow-host 给出的名字")

    static func tooLarge(limit: Int) -> APIError {
        APIError(status: .contentTooLarge, message: "请求内容超过上限 \(limit / 1024) KiB")
    }

    static func invalid(_ diagnostics: [Diagnostic]) -> APIError {
        APIError(status: .unprocessableContent, message: "输入有错误", diagnostics: diagnostics)
    }

    static func message(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 404: "没有这个地址"
        case 405: "这个地址不接受这种请求方法"
        case 413: "请求内容超过上限"
        default: "请求无法处理（HTTP \(status.code)）"
        }
    }
}
