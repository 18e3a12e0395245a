// rejected E0308: match arms of different types (&str vs String) in an HTTP status formatter
#[derive(Debug, Clone, Copy)]
enum Status {
    Ok,
    NotFound,
    Redirect(u16),
    ServerError(u16),
}

fn code(s: Status) -> u16 {
    match s {
        Status::Ok => 200,
        Status::NotFound => 404,
        Status::Redirect(c) | Status::ServerError(c) => c,
    }
}

fn reason(s: Status) -> &'static str {
    match s {
        Status::Ok => "OK",
        Status::NotFound => "Not Found",
        Status::Redirect(301) => "Moved Permanently",
        Status::Redirect(_) => "Found",
        Status::ServerError(_) => format!("Error {}", code(s)),
    }
}

fn main() {
    let responses = [Status::Ok, Status::Redirect(301), Status::NotFound, Status::ServerError(503)];
    for r in responses.iter() {
        println!("HTTP/1.1 {} {}", code(*r), reason(*r));
    }
    let errors = responses.iter().filter(|r| code(**r) >= 400).count();
    println!("{} errors", errors);
}
