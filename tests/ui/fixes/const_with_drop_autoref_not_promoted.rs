fn names() -> std::slice::Iter<'static, String> {
    const NONE: Vec<String> = Vec::new();
    NONE.iter()
}

fn main() {
    println!("{}", names().count());
}
