// Code written by TestExampleIsTheFile (-update-example) from
// testdata/bikeshop-en.klantwaarde.json. DO NOT EDIT.

package calc

// exampleScenarioEnglish is the bicycle shop for English visitors (ExampleIn).
func exampleScenarioEnglish() *Scenario {
	return &Scenario{
		Format: "klantwaarde/scenario", Version: 2, Title: "The Spoke Cycle Shop", Locale: "en", Currency: "GBP",
		Settings: Settings{DiscountRate: 8, RetentionUplift: 5, SayDo: 30, Tolerance: 0.5},
		Benefits: []Criterion{
			{ID: "quality", Name: "Quality of the bike"},
			{ID: "advice", Name: "Expert advice"},
			{ID: "repair", Name: "Quick repairs"},
			{ID: "personal", Name: "Personal attention"},
		},
		Sacrifices: []Criterion{
			{ID: "price", Name: "Price"},
			{ID: "waiting", Name: "Waiting time"},
			{ID: "hassle", Name: "Warranty hassle"},
		},
		Dimensions: []Criterion{
			{ID: "reliability", Name: "Reliability"},
			{ID: "responsiveness", Name: "Responsiveness"},
			{ID: "assurance", Name: "Expertise and trust"},
			{ID: "empathy", Name: "Empathy"},
			{ID: "tangibles", Name: "Shop and appearance"},
		},
		Segments: []Segment{
			{
				ID: "commuters", Name: "Commuters", Customers: 420, RevenuePerCustomer: 310, Margin: 28, Retention: 72, GrowthPotential: 12,
				Benefits: map[string]Rating{
					"advice":   {Weight: Float(2), Score: Float(7.5)},
					"personal": {Weight: Float(1), Score: Float(7)},
					"quality":  {Weight: Float(4), Score: Float(8)},
					"repair":   {Weight: Float(5), Score: Float(6)},
				},
				Sacrifices: map[string]Rating{
					"hassle":  {Weight: Float(2), Score: Float(4)},
					"price":   {Weight: Float(3), Score: Float(6)},
					"waiting": {Weight: Float(5), Score: Float(7)},
				},
				Quality: map[string]QualityRating{
					"assurance":      {Weight: Float(3), Expected: Float(7), Experienced: Float(7.5)},
					"empathy":        {Weight: Float(2), Expected: Float(6), Experienced: Float(7)},
					"reliability":    {Weight: Float(5), Expected: Float(8.5), Experienced: Float(7)},
					"responsiveness": {Weight: Float(5), Expected: Float(8), Experienced: Float(5.5)},
					"tangibles":      {Weight: Float(1), Expected: Float(6), Experienced: Float(6.5)},
				},
				Loyalty: map[string]float64{"crossSelling": 25, "openness": 40, "partnership": 5, "recommends": 35, "repeatPurchase": 55, "repeatVisits": 70},
				NPS:     &NPS{Promoters: 38, Passives: 41, Detractors: 31},
			},
			{
				ID: "sport", Name: "Road cyclists", Customers: 150, RevenuePerCustomer: 780, Margin: 34, Retention: 81, GrowthPotential: 20,
				Benefits: map[string]Rating{
					"advice":   {Weight: Float(5), Score: Float(8.5)},
					"personal": {Weight: Float(3), Score: Float(8)},
					"quality":  {Weight: Float(5), Score: Float(9)},
					"repair":   {Weight: Float(3), Score: Float(7)},
				},
				Sacrifices: map[string]Rating{
					"hassle":  {Weight: Float(1), Score: Float(3)},
					"price":   {Weight: Float(4), Score: Float(7.5)},
					"waiting": {Weight: Float(2), Score: Float(4)},
				},
				Quality: map[string]QualityRating{
					"assurance":      {Weight: Float(5), Expected: Float(9), Experienced: Float(9)},
					"empathy":        {Weight: Float(3), Expected: Float(7), Experienced: Float(8.5)},
					"reliability":    {Weight: Float(5), Expected: Float(9), Experienced: Float(8.5)},
					"responsiveness": {Weight: Float(3), Expected: Float(7), Experienced: Float(7.5)},
					"tangibles":      {Weight: Float(2), Expected: Float(7), Experienced: Float(7)},
				},
				Loyalty: map[string]float64{"crossSelling": 50, "openness": 65, "partnership": 20, "recommends": 60, "repeatPurchase": 75, "repeatVisits": 85},
				NPS:     &NPS{Promoters: 52, Passives: 21, Detractors: 9},
			},
			{
				ID: "tourists", Name: "Tourists (rental)", Customers: 900, RevenuePerCustomer: 42, Margin: 45, Retention: 20, GrowthPotential: 5,
				Benefits: map[string]Rating{
					"advice":   {Weight: Float(1), Score: Float(6)},
					"personal": {Weight: Float(3), Score: Float(6)},
					"quality":  {Weight: Float(2), Score: Float(6.5)},
				},
				Sacrifices: map[string]Rating{
					"price":   {Weight: Float(5), Score: Float(7)},
					"waiting": {Weight: Float(4), Score: Float(6.5)},
				},
				Quality: map[string]QualityRating{
					"empathy":        {Weight: Float(2), Expected: Float(6), Experienced: Float(6)},
					"reliability":    {Weight: Float(4), Expected: Float(7), Experienced: Float(6)},
					"responsiveness": {Weight: Float(4), Expected: Float(7.5), Experienced: Float(6)},
					"tangibles":      {Weight: Float(3), Expected: Float(7), Experienced: Float(5)},
				},
				Loyalty: map[string]float64{"recommends": 25, "repeatVisits": 10},
				NPS:     &NPS{Promoters: 20, Passives: 45, Detractors: 35},
			},
		},
	}
}
