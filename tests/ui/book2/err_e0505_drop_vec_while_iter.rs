// iterators: dropping a Vec while an element borrowed from its iterator is still used
fn main() {
    let names = vec![String::from("x"), String::from("yy")];
    let longest = names.iter().max_by_key(|n| n.len()).unwrap();
    drop(names);
    println!("{longest}");
}
