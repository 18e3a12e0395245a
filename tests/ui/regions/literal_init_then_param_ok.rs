// regions: a local `&str` starting as a literal, reassigned from a parameter's slices, returned
fn first_long<'a>(words: &'a [String], min: usize) -> &'a str {
    let mut found = "none";
    for w in words {
        if w.len() >= min {
            found = w.as_str();
            break;
        }
    }
    found
}

fn main() {
    let v = vec![String::from("ab"), String::from("abcd")];
    println!("{}", first_long(&v, 3));
}
