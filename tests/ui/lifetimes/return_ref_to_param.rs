// lifetimes: returning a reference to an owned parameter
fn view(s: String) -> &'static str {
    &s
}

fn main() {
    println!("{}", view(String::from("x")));
}
