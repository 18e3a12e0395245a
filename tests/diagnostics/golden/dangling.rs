fn make() -> &'static str {
    let owned = String::from("temp");
    &owned
}

fn main() {
    let r;
    {
        let inner = 5;
        r = &inner;
    }
    println!("{} {}", r, make());
}
