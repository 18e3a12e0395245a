// a zero-copy header parser whose parsed slices are kept after the owned request text is dropped
struct Header<'a> {
    name: &'a str,
    value: &'a str,
}

fn parse_headers(text: &str) -> Vec<Header<'_>> {
    text.lines()
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| Header { name: name.trim(), value: value.trim() })
        .collect()
}

fn read_request(id: u32) -> String {
    format!("Host: example.org\nAccept: */*\nX-Request: {}\n", id)
}

fn main() {
    let mut kept: Vec<Header> = Vec::new();
    for id in [7, 8] {
        let request = read_request(id);
        let headers = parse_headers(&request);
        println!("request {} has {} headers", id, headers.len());
        for h in headers {
            if h.name.starts_with("X-") {
                kept.push(h);
            }
        }
    }
    for h in &kept {
        println!("{}: {}", h.name, h.value);
    }
}
