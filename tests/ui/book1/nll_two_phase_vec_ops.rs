// references: two-phase borrows let a method argument read the receiver (`v.push(v.len())`)
fn main() {
    let mut v = vec![4, 7];
    v.push(v.len());
    match v.first() {
        Some(f) => v.push(*f * 10),
        None => {}
    }
    let n = v.len();
    v[n - 1] += 1;
    v.insert(v.len(), 99);
    v.push(v[0] + v[1]);
    println!("{:?}", v);

    let mut word = String::from("ab");
    word.push_str(&word.clone());
    word.insert(word.len() / 2, '-');
    println!("{word}");

    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.last() {
        if *top > 1 {
            stack.pop();
        } else {
            break;
        }
    }
    println!("{:?}", stack);

    let mut text = String::from("aXbXc");
    while let Some(i) = text.find('X') {
        text.replace_range(i..i + 1, "-");
    }
    println!("{text}");
}
