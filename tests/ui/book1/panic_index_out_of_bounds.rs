// collections: indexing past the end of a Vec panics at run time (exit 101)
fn nth_score(scores: &[u32], n: usize) -> u32 {
    scores[n]
}

fn main() {
    let scores = vec![10, 20, 30];
    println!("first {}", nth_score(&scores, 0));
    println!("last {}", nth_score(&scores, 2));
    let total: u32 = scores.iter().sum();
    println!("total {total}");
    println!("fourth {}", nth_score(&scores, 3));
    println!("unreachable");
}
