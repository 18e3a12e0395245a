// nll_accepts: a mutable slice used by a call is dead before the vector is extended
fn shout(letters: &mut [char]) {
    for c in letters.iter_mut() {
        *c = c.to_ascii_uppercase();
    }
}

fn main() {
    let mut word = vec!['n', 'l', 'l'];
    let part = &mut word[..];
    shout(part);
    word.push('!');
    println!("{}", word.iter().collect::<String>());
}
