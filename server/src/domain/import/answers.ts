/**
 * Answers a notice states in its own words, proposed for the register's explicit answers:
 * whether data go outside the EU/EEA (a denial with an exception states a transfer), and whether automated decisions (profiling included) are
 * made. Only a sentence that says so is read; silence proposes nothing. Each proposal quotes
 * the sentences it rests on, so the editor can confirm it.
 */
import { mentionsAny, namePattern, termPattern } from './patterns';
import type { Block } from './lines';
import { textLines } from './lines';
import { readElements } from './markdown';
import type { ImportDictionary, ProposedAnswers, StatedSentence } from './types';

const SENTENCE_END = /(?<=[\p{Ll}\d)"”][.!?])\s+(?=[\p{Lu}\d])/u;

/** The sentences of some blocks (a list item is one), each with the input line it starts on. */
export function sentencesWithLines(blocks: Block[]): StatedSentence[] {
  return blocks.flatMap((block) => {
    const lines = textLines(block);
    if (!lines.length) return [];
    const texts = readElements(block).flatMap((element) =>
      element.kind === 'paragraph' ? element.text.replace(/\s+/g, ' ').split(SENTENCE_END) : element.items.map((item) => item.text),
    );
    return texts.map((text) => {
      const start = text.trim().slice(0, 60);
      const line = lines.find((candidate) => candidate.text.includes(start)) ?? lines[0];
      return { line: line.number, text: text.trim() };
    });
  });
}

export function answerProposer(dictionary: ImportDictionary): (blocks: Block[], decisionBlocks: Block[]) => ProposedAnswers {
  const terms = (list: string[]) => list.map(termPattern);
  const { transfer, outside, region, places, automated, negation, exception } = dictionary.answerTerms;
  const outsideOf = terms(outside);
  const regions = terms(region);
  // Country names match as written: "US" is a country, "us" a word.
  const countries = places.map(namePattern);
  const moves = terms(transfer);
  const decisions = terms(automated);
  const nots = terms(negation);
  const excepts = terms(exception);
  /** A place outside the EU/EEA: a third country named, or "outside" the EU/EEA (not "outside the company"). */
  const namesOutside = (text: string) => mentionsAny(text, countries) || (mentionsAny(text, outsideOf) && mentionsAny(text, regions));

  const negations = (text: string) => nots.reduce((count, pattern) => count + (text.match(new RegExp(pattern.source, 'giu'))?.length ?? 0), 0);

  /**
   * Sentences on the topic split into those that deny it and those that affirm it. A denial with an
   * exception ("ei siirretä … lukuun ottamatta Mailchimpiä") affirms what it excepts; with two
   * denials ("ei luovuteta … eikä siirretä … paitsi") the exception may belong to either, so the
   * sentence states neither.
   */
  const stated = (sentences: StatedSentence[], about: (text: string) => boolean) => {
    const onTopic = sentences.filter((sentence) => about(sentence.text));
    const reading = (text: string): 'denied' | 'affirmed' | null => {
      const count = negations(text);
      if (!count) return 'affirmed';
      if (!mentionsAny(text, excepts)) return 'denied';
      return count === 1 ? 'affirmed' : null;
    };
    return {
      denied: onTopic.filter((sentence) => reading(sentence.text) === 'denied'),
      affirmed: onTopic.filter((sentence) => reading(sentence.text) === 'affirmed'),
    };
  };

  /** `blocks`: the register's text; `decisionBlocks`: the parts that may describe decisions (not a list of data). */
  return (blocks, decisionBlocks) => {
    const sentences = sentencesWithLines(blocks);
    const proposed: ProposedAnswers = {};
    // A transfer sentence names both a move or storage (siirretään, säilytetään) and a place outside (EU:n ulkopuolelle, kolmas maa, USA).
    const transfers = stated(sentences, (text) => mentionsAny(text, moves) && namesOutside(text));
    if (transfers.affirmed.length) proposed.transfersOutsideEea = { answer: 'yes', evidence: transfers.affirmed };
    else if (transfers.denied.length) proposed.transfersOutsideEea = { answer: 'no', evidence: transfers.denied };
    const automatedDecisions = stated(sentencesWithLines(decisionBlocks), (text) => mentionsAny(text, decisions));
    if (automatedDecisions.affirmed.length) proposed.automatedDecisionMaking = { answer: 'yes', evidence: automatedDecisions.affirmed };
    else if (automatedDecisions.denied.length) proposed.automatedDecisionMaking = { answer: 'none', evidence: automatedDecisions.denied };
    return proposed;
  };
}
