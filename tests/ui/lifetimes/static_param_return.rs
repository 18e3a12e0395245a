// lifetimes: returning an elided-lifetime parameter as 'static
fn keep(s: &str) -> &'static str {
    s
}

fn main() {
    let owned = String::from("z");
    println!("{}", keep(&owned));
}
