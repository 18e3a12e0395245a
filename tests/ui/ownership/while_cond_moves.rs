// ownership: a while condition that consumes a String each time it is evaluated
fn is_long(s: String) -> bool {
    s.len() > 2
}

fn main() {
    let word = String::from("abc");
    let mut n = 0;
    while is_long(word) && n < 2 {
        n += 1;
    }
    println!("{}", n);
}
