// lifetimes: a struct instance outlives the string its field borrows
struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let ex;
    {
        let novel = String::from("Call me Ishmael. Some years ago...");
        ex = Excerpt { part: novel.split('.').next().unwrap() };
    }
    println!("{}", ex.part);
}
