// lifetimes: for_each's closure keeps the last item in a captured Option; the Vec is moved while that is live
fn main() {
    let mut keep: Option<&str> = None;
    let words = vec![String::from("a")];
    words.iter().for_each(|w| keep = Some(w));
    drop(words);
    println!("{:?}", keep);
}
