// rejected E0382: a move closure takes ownership of a config String that is used again afterwards
#[derive(Debug, Clone)]
struct Request {
    path: String,
    user: Option<String>,
}

fn make_handler(prefix: String) -> impl Fn(&Request) -> String {
    move |r| format!("{}{} for {}", prefix, r.path, r.user.as_deref().unwrap_or("anon"))
}

fn route(reqs: &[Request], handler: &dyn Fn(&Request) -> String) -> Vec<String> {
    reqs.iter().filter(|r| r.path.starts_with('/')).map(|r| handler(r)).collect()
}

fn main() {
    let base_url = String::from("https://example.test");
    let reqs = vec![
        Request { path: "/home".into(), user: None },
        Request { path: "about".into(), user: Some("ivy".into()) },
        Request { path: "/cart".into(), user: Some("joe".into()) },
    ];
    let log_line = move |r: &Request| format!("GET {}{}", base_url, r.path);
    let handler = make_handler("served ".to_string());
    for line in route(&reqs, &handler) {
        println!("{}", line);
    }
    for r in &reqs {
        println!("{}", log_line(r));
    }
    println!("base was {}", base_url);
}
