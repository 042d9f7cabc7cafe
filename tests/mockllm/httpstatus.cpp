// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpstatus.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Redliner::MockLlm {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK"_ba;
    case 400: return "Bad Request"_ba;
    case 401: return "Unauthorized"_ba;
    case 402: return "Payment Required"_ba;
    case 403: return "Forbidden"_ba;
    case 404: return "Not Found"_ba;
    case 405: return "Method Not Allowed"_ba;
    case 408: return "Request Timeout"_ba;
    case 409: return "Conflict"_ba;
    case 412: return "Precondition Failed"_ba;
    case 413: return "Payload Too Large"_ba;
    case 422: return "Unprocessable Entity"_ba;
    case 429: return "Too Many Requests"_ba;
    case 431: return "Request Header Fields Too Large"_ba;
    case 499: return "Client Closed Request"_ba;
    case 500: return "Internal Server Error"_ba;
    case 501: return "Not Implemented"_ba;
    case 502: return "Bad Gateway"_ba;
    case 503: return "Service Unavailable"_ba;
    case 504: return "Gateway Timeout"_ba;
    case 505: return "HTTP Version Not Supported"_ba;
    case 529: return "Site Overloaded"_ba;
    default: return "Status"_ba;
    }
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace Redliner::MockLlm
