struct Excerpt {
    title: String,
    body: &str,
}

fn main() {
    let e = Excerpt { title: String::new(), body: "x" };
    println!("{}", e.title);
}
