// rejected E0716: borrowing from a temporary String (to_lowercase) that is dropped at the end of the statement
use std::collections::HashSet;

fn tags_of(post: &str) -> Vec<&str> {
    post.split_whitespace().filter(|w| w.starts_with('#')).map(|w| &w[1..]).collect()
}

fn main() {
    let posts = [
        "Loving the #sunset at the #beach",
        "Monday again #work #coffee",
        "#Beach day with #friends",
    ];
    let mut seen: HashSet<String> = HashSet::new();
    let mut order: Vec<String> = Vec::new();
    for p in posts.iter() {
        for t in tags_of(p) {
            let lower = t.to_lowercase();
            if seen.insert(lower.clone()) {
                order.push(lower);
            }
        }
    }
    println!("unique tags in order: {:?}", order);

    let headline: &str = posts[2].to_lowercase().as_str();
    println!("normalized headline: {}", headline);
    println!("{} tags total", seen.len());
    let mut sorted: Vec<&String> = seen.iter().collect();
    sorted.sort();
    println!("alphabetical: {:?}", sorted);
}
