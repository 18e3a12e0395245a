// lifetimes: returning a value that borrows a local String
fn first_word<'a>() -> &'a str {
    let s = String::from("hello world");
    s.split(' ').next().unwrap()
}

fn main() {
    println!("{}", first_word());
}
