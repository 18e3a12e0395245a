// ownership: a labeled loop breaks out with an owned value
fn main() {
    let words = vec![String::from("alpha"), String::from("beta"), String::from("gamma")];
    let mut i = 0;
    let found = 'search: loop {
        while i < words.len() {
            if words[i].starts_with('b') {
                break 'search words[i].clone();
            }
            i += 1;
        }
        break String::from("none");
    };
    println!("{} at {}", found, i);
}
