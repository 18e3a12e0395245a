// A later match arm coerced from &String to &str makes rustc reborrow the whole match:
// the returned-temporary error points at the `match`, while `if` and a lone arm point at the arm.
fn by_match(code: u16) -> &'static str {
    match code {
        200 => "ok",
        404 => "missing",
        _ => &code.to_string(),
    }
}

fn by_if(code: u16) -> &'static str {
    if code == 200 { "ok" } else { &code.to_string() }
}

fn lone_arm(code: u16) -> &'static String {
    match code {
        _ => &code.to_string(),
    }
}

fn main() {
    println!("{} {} {}", by_match(200), by_if(200), lone_arm(1));
}
